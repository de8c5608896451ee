// The dashboard: one section at a time, each at its own address (#interviews, #due …), so the background and bookmarks can open it directly.
import { useEffect, useRef, useState } from 'preact/hooks';
import { BackupSection } from '../ui/backup/BackupSection.tsx';
import { UpgradeBanner } from '../ui/backup/UpgradeBanner.tsx';
import { IcsImportPanel } from '../ui/capture/IcsImportPanel.tsx';
import { InterviewsSection } from '../ui/dashboard/InterviewsSection.tsx';
import { NavBar } from '../ui/dashboard/NavBar.tsx';
import { PeopleSection } from '../ui/dashboard/PeopleSection.tsx';
import { useHashSection, type Section } from '../ui/dashboard/sections.ts';
import { useDashboardData } from '../ui/dashboard/use-dashboard-data.ts';
import { useDatabaseHealth } from '../ui/dashboard/use-database-health.ts';
import { DueList } from '../ui/followups/DueList.tsx';
import { t } from '../i18n.ts';
import { SettingsSection } from '../ui/settings/SettingsSection.tsx';
import { lazyView } from '../ui/lazy.tsx';
import { TidbitLibrary } from '../ui/tidbits/TidbitLibrary.tsx';

// Shown once after install, and when asked for again from the settings.
// The template editor shares the composer's modules: loaded when its section is first shown.
const TemplateEditor = lazyView(() => import('../ui/compose/TemplateEditor.tsx').then((m) => m.TemplateEditor));
const WelcomeSection = lazyView(() => import('../ui/settings/WelcomeSection.tsx').then((m) => m.WelcomeSection));

/** Moves the focus to a section's heading when the user switches sections, so a screen reader says where they are. */
function useFocusOnSwitch(section: Section) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const focusHeading = () => {
      const heading = document.getElementById(`${section}-heading`);
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    // A section loaded on demand (the template editor) draws its heading a moment later.
    const watch = new MutationObserver(() => {
      if (focusHeading()) watch.disconnect();
    });
    watch.observe(document.body, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [section]);
}

export function App() {
  const health = useDatabaseHealth();
  const section = useHashSection();
  // Moves after a restore, so every section reads the database again.
  const [revision, setRevision] = useState(0);
  // Only the sections that show it read every record; the others read their own.
  const data = useDashboardData(revision, section === 'interviews' || section === 'people');
  useFocusOnSwitch(section);
  // index.html names the page in English for the moment before this runs.
  useEffect(() => {
    document.title = t('optionsTitle');
  }, []);

  return (
    <div class="page page--options">
      <header class="topbar">
        <h1 class="brand">{t('extName')}</h1>
        <p class="tagline">{t('appTagline')}</p>
      </header>
      {health === 'upgrade-failed' || health === 'setup-failed' ? (
        <main class="dashboard">
          <UpgradeBanner firstRun={health === 'setup-failed'} />
        </main>
      ) : section === 'welcome' ? (
        <main class="dashboard">
          <WelcomeSection />
        </main>
      ) : (
        <>
          <NavBar current={section} />
          <main class="dashboard">
            {section === 'interviews' && (
              <>
                <IcsImportPanel onFiled={() => setRevision((r) => r + 1)} />
                <InterviewsSection state={data} />
              </>
            )}
            {section === 'due' && (
              <section id="due" class="dash-section" aria-labelledby="due-heading">
                <h2 id="due-heading">{t('dashDueHeading')}</h2>
                <DueList variant="dashboard" headingId="due-heading" />
              </section>
            )}
            {section === 'tidbits' && (
              <section id="tidbits" class="dash-section" aria-labelledby="tidbits-heading">
                <h2 id="tidbits-heading">{t('navTidbits')}</h2>
                <TidbitLibrary headingId="tidbits-heading" />
              </section>
            )}
            {section === 'people' && <PeopleSection state={data} />}
            {section === 'templates' && (
              <div id="templates" class="dash-section">
                <TemplateEditor />
              </div>
            )}
            {section === 'settings' && <SettingsSection revision={revision} />}
            {section === 'backup' && <BackupSection onRestored={() => setRevision((r) => r + 1)} />}
          </main>
        </>
      )}
      {/* The welcome says it in its own words. */}
      {section !== 'welcome' && (
        <footer class="footer">
          <p>{t('privacyNote')}</p>
        </footer>
      )}
    </div>
  );
}
