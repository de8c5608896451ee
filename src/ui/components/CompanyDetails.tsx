/** What the company's page said about it, in one line: industry · location · website (a link to it). */
import type { Interview } from '../../core/types.ts';
import { siteText } from '../format.ts';
import { t } from '../../i18n.ts';

export function CompanyDetails({ interview }: { interview: Pick<Interview, 'industry' | 'location' | 'website'> }) {
  const { industry, location, website } = interview;
  if (!industry && !location && !website) return null;
  return (
    <div role="group" class="muted company-details" aria-label={t('companyDetailsLabel')}>
      {[industry, location].filter(Boolean).join(' · ')}
      {website && (industry || location) && ' · '}
      {website && (
        <a href={website} target="_blank" rel="noopener noreferrer">
          {siteText(website)}
        </a>
      )}
    </div>
  );
}
