export declare const SOURCE_PATHS: readonly string[];
export declare const EPOCH_FILE: string;
export declare function version(): string;
export declare function packageNames(version: string): { chrome: string; firefox: string; source: string };
export declare function sourceDateEpoch(): number;
/** Every entry of a zip, name → bytes (null for a folder). */
export declare function readZip(bytes: Uint8Array): Promise<Map<string, Buffer | null>>;
interface LinterMessage {
  code: string;
  message: string;
  file?: string;
}
export declare function lintPackage(zipPath: string): Promise<{ errors: LinterMessage[]; warnings: LinterMessage[]; notices: LinterMessage[] }>;
export declare function makePackages(options?: { outDir?: string; log?: (line: string) => void }): Promise<{
  epoch: number;
  written: { chrome: string; firefox: string; source?: string };
  lint: Awaited<ReturnType<typeof lintPackage>>;
}>;
