export declare const PARTS: Record<'popup' | 'options' | 'compose' | 'background' | 'capture', string>;
export declare function filesOfPart(dist: string, entry: string, dynamic?: boolean): string[];
interface Measured {
  files: string[];
  raw: number;
  gzip: number;
}
/** `total` leaves out the note languages' templates, measured one by one in `noteTemplates`. */
export declare function partSizes(dist: string): Record<keyof typeof PARTS, Measured & { total: Measured; noteTemplates: Measured[] }>;
