import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { definitionVersionQuery, type DefinitionKind, type DefinitionVersion } from '../../api/definitions';
import { PageError } from '../../components/PageError';
import { PageHeader } from '../../components/PageHeader';
import { PageLoading } from '../../components/PageLoading';

/**
 * A designer's route, `/admin/<kind>/new` or `/admin/<kind>/:key/versions/:version`:
 * a new definition at once, or the stored version once it has loaded, with
 * loading and error states. `designer` renders it (remount it per version).
 */
export function DefinitionVersionRoute<D>({
  kind,
  title,
  designer,
}: {
  kind: DefinitionKind;
  title: string;
  designer: (stored?: DefinitionVersion<D>) => ReactNode;
}) {
  const { key, version } = useParams();
  const loaded = useQuery({
    ...definitionVersionQuery<D>(kind, key ?? '', Number(version)),
    enabled: key !== undefined && version !== undefined,
  });
  if (key === undefined || version === undefined) return designer();
  if (loaded.isPending) return <PageLoading />;
  if (loaded.isError)
    return (
      <>
        <PageHeader title={title} />
        <PageError error={loaded.error} onRetry={() => void loaded.refetch()} />
      </>
    );
  return designer(loaded.data);
}
