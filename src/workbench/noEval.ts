import { config } from 'zod';

// The workbench page's Content-Security-Policy allows no eval. zod probes for it (a caught `new Function`
// that the browser still reports as a violation) when its first object schema is built, which the domain
// does as it is imported: so this module is imported first, before any schema exists.
config({ jitless: true });
