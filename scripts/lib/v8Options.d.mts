export declare const V8_OPTIONS: readonly string[];
export declare function withV8Options(nodeOptions?: string): string;
