// oidc-provider ships no types; the harness uses a handful of its members, untyped on purpose.
declare module 'oidc-provider' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the provider's API is wide and the harness uses a few members
  const Provider: new (issuer: string, configuration: Record<string, unknown>) => any;
  export default Provider;
}
