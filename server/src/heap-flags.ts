// The V8 flags the language server sets for itself (./heap), apart so that reading them sets nothing.
export const HEAP_FLAGS = ['--semi-space-growth-factor=1', '--optimize-for-size'];
