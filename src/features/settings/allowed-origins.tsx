interface AllowedOriginsProps {
  readonly id: string;
  readonly origins: readonly string[];
}

/** The hint under the API address: where this build may connect, and how to allow more. */
export function AllowedOrigins({ id, origins }: AllowedOriginsProps) {
  const own = window.location.origin;
  return (
    <p id={id} className="muted">
      This build of Citescope may connect to{' '}
      {origins.map((origin, index) => (
        <span key={origin}>
          {index > 0 && (index === origins.length - 1 ? ' and ' : ', ')}
          <code>{origin}</code>
          {origin === own && ' (this app’s own address, for a proxy)'}
        </span>
      ))}
      . Other servers are added when Citescope is built (VITE_S2_ALLOWED_ORIGINS).
    </p>
  );
}
