/** Record ids are random UUIDs, so records from two backups can be merged without clashes. */
export function newId(): string {
  return crypto.randomUUID();
}
