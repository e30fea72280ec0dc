// Where the templates live, relative to this file (the same from src/ under tsx and from dist/).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const viewsRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../views');
