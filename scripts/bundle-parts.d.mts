export declare const PARTS: Record<'popup' | 'options' | 'compose' | 'background' | 'capture', string>;
export declare function filesOfPart(dist: string, entry: string): string[];
export declare function partSizes(dist: string): Record<keyof typeof PARTS, { files: string[]; raw: number; gzip: number }>;
