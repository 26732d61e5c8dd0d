import { z } from 'zod';

// Workflow code checks actions with zod's interpreted parsers, not generated ones: every workflow a worker
// holds loads its own copy of the bundle's modules, so each would compile its own parsers with `new Function`.
z.config({ jitless: true });
