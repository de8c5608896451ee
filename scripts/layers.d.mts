export const LAYERS: Record<string, { may: string[]; not: string[] }>;
export function biomeLayers(): { overrides: unknown[] };
