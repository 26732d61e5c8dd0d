// oidc-provider ships no types; the harness uses a handful of its members, typed loosely here.
declare module 'oidc-provider' {
  const Provider: new (issuer: string, configuration: Record<string, unknown>) => any;
  export default Provider;
}
