import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../src/db/open.ts';
import { putTidbit } from '../../../../src/db/tidbits.ts';
import { PromiseList } from '../../../../src/ui/compose/PromiseList.tsx';
import { fakeBrowser } from '../../../setup/browser.ts';
import { NOW, planTouch, seedComposeData } from '../../../support/seed-compose.ts';

describe('PromiseList', () => {
  it('lists what was promised and not sent yet, by person, and forgets a promise once a note kept it', async () => {
    const seeded = await seedComposeData({ annaNotes: 'Kafka migration\nPromised her an article on streaming joins' });
    await putTidbit(await db(), { ...seeded.tidbits[0]!, id: 't-joins', url: 'https://example.test/joins', title: 'Streaming joins, explained', topics: [] });
    const { container } = render(<PromiseList interviewId={seeded.interviewId} />);
    await screen.findByRole('heading', { name: 'Promises to keep (1)' });
    expect(screen.getByRole('listitem').textContent).toBe('Anna Lee: the article on streaming joins');

    await planTouch({ id: 'sent', interviewId: seeded.interviewId, contactId: seeded.anna, status: 'sent', sentAt: NOW, tidbitId: 't-joins' });
    await fakeBrowser().runtime.onMessage.fire({ direction: 'background→ui', name: 'touchesChanged', request: {} }, { id: fakeBrowser().runtime.id });
    await waitFor(() => expect(container.textContent).toBe(''));
  });

  it('shows nothing when nothing was promised', async () => {
    const seeded = await seedComposeData();
    const { container } = render(<PromiseList interviewId={seeded.interviewId} />);
    await new Promise((done) => setTimeout(done, 50));
    expect(container.textContent).toBe('');
  });
});
