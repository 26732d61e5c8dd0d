export { createApp } from './app';
export { connectTemporal } from './temporal/temporal-client';
export { seedDemoData } from './seed/seed-demo-data';
export { DEMO_PASSWORD, demoUsers, demoUserId } from './seed/demo-data';
export { defineRulesFor, defineAbilityFor } from './auth/define-abilities';
