import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n.ts';

/** Each reachable by its address: `#due` is what the background's summary notification opens. */
export const SECTIONS = ['interviews', 'due', 'tidbits', 'people', 'templates', 'settings', 'backup'] as const;
/** The sections the navigation lists, and the welcome, which a new install opens and the settings link to. */
export type Section = (typeof SECTIONS)[number] | 'welcome';

export const SECTION_LABELS: Record<Exclude<Section, 'welcome'>, MessageKey> = {
  interviews: 'interviewsHeading',
  due: 'navDue',
  tidbits: 'navTidbits',
  people: 'peopleHeading',
  templates: 'navTemplates',
  settings: 'settingsHeading',
  backup: 'backupHeading',
};

function sectionOf(hash: string): Section {
  const name = hash.replace(/^#/, '');
  if (name === 'welcome') return 'welcome';
  return (SECTIONS as readonly string[]).includes(name) ? (name as Section) : 'interviews';
}

export function useHashSection(): Section {
  const [section, setSection] = useState<Section>(() => sectionOf(location.hash));
  useEffect(() => {
    const follow = () => setSection(sectionOf(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return section;
}
