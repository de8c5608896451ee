/** The dashboard's sections as plain links: every one reachable by Tab and Enter, the current one marked. */
import { t } from '../../i18n.ts';
import { SECTION_LABELS, SECTIONS, type Section } from './sections.ts';

export function NavBar({ current }: { current: Section }) {
  return (
    <nav class="dash-nav" aria-label={t('navLabel')}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section}>
            <a href={`#${section}`} aria-current={section === current ? 'page' : undefined} data-section={section}>
              {t(SECTION_LABELS[section])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
