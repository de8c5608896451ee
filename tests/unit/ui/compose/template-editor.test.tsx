import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db/open.ts';
import { listStoredTemplates } from '../../../../src/db/templates.ts';
import { TemplateEditor } from '../../../../src/ui/compose/TemplateEditor.tsx';
import { fakeBrowser } from '../../../setup/browser.ts';
import { axeViolations } from '../../../support/axe.ts';

const subject = () => screen.getByLabelText('Subject') as HTMLInputElement;
const body = () => screen.getByLabelText('Message') as HTMLTextAreaElement;
const button = (name: string | RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;
const type = (element: HTMLElement, value: string) => fireEvent.input(element, { target: { value } });
const stored = async () => listStoredTemplates(await db());
/** The section's own status line, and the undo toast (null when it says nothing). */
const statusLine = () => document.querySelector('.template-editor > p.notice[role="status"]')!;
const toast = () => document.querySelector<HTMLElement>('.toast-region .toast');

async function openEditor() {
  const view = render(<TemplateEditor />);
  await screen.findByRole('button', { name: /^Thank-you note/ });
  return view;
}

describe('TemplateEditor', () => {
  it('lists the built-in templates and opens the first', async () => {
    await openEditor();
    const list = screen.getByRole('list', { name: 'Note templates' });
    expect(within(list).getAllByRole('button').map((b) => b.querySelector('.template-item__name')?.textContent)).toEqual([
      'Thank-you note',
      'Thank-you after a later round',
      'Check-in after the decision date',
      'Share a tidbit (no status question)',
    ]);
    expect(subject().value).toBe('Thank you — {{#role}}{{role}} interview{{/role}}{{^role}}{{company}}{{/role}}');
    expect(button(/^Thank-you note/).getAttribute('aria-current')).toBe('true');
  });

  it('shows lint problems as they are typed, tied to the field, and blocks saving', async () => {
    await openEditor();
    type(body(), 'Hi {{firstname}},\n{{#tidbit}}{{tidbitLink}}');
    const unknown = screen.getByText('{{firstname}} is not a placeholder Afterview knows.');
    expect(screen.getByText('The section {{#tidbit}} is not closed with {{/tidbit}}.')).toBeTruthy();
    expect(body().getAttribute('aria-invalid')).toBe('true');
    expect(body().getAttribute('aria-describedby')?.split(' ')).toContain(unknown.id);
    expect(button('Save').disabled).toBe(true);

    type(body(), 'Hi {{firstName}},\n{{#tidbit}}{{tidbitLink}}{{/tidbit}}');
    expect(screen.queryByText(/is not a placeholder/)).toBeNull();
    expect(button('Save').disabled).toBe(false);
    type(subject(), ' ');
    expect(screen.getByText('The subject is empty.')).toBeTruthy();
    expect(button('Save').disabled).toBe(true);
  });

  it('saves an edit of a built-in under its id, saying so quietly, and resets it to the shipped text with undo', async () => {
    const handler = vi.fn(() => Promise.resolve({ ok: true, value: {} }));
    fakeBrowser().runtime.onMessage.addListener(handler);
    await openEditor();
    type(subject(), 'Thanks, {{firstName}}!');
    fireEvent.click(button('Save'));
    await waitFor(async () => expect(await stored()).toEqual([expect.objectContaining({ id: 'builtin-thank-you', subject: 'Thanks, {{firstName}}!', builtIn: true })]));
    expect(handler).toHaveBeenCalledWith(expect.objectContaining({ name: 'dataChanged', request: { stores: ['templates'] } }), expect.anything());
    await screen.findByText('Built-in, edited');
    expect(subject().value).toBe('Thanks, {{firstName}}!');
    // A save says so on the quiet status line, not in a toast that stays until dismissed.
    expect(statusLine().textContent).toBe('Saved.');
    expect(toast()).toBeNull();

    fireEvent.click(button('Reset to built-in'));
    await waitFor(async () => expect(await stored()).toEqual([]));
    await waitFor(() => expect(subject().value).toBe('Thank you — {{#role}}{{role}} interview{{/role}}{{^role}}{{company}}{{/role}}'));
    // A reset throws the edit away: the one undo toast says so and can bring it back.
    expect(toast()?.querySelector('.toast__message')?.textContent).toBe('The built-in text is back.');
    expect(statusLine().textContent).toBe('');
    fireEvent.click(within(toast()!).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await stored()).map((tpl) => tpl.subject)).toEqual(['Thanks, {{firstName}}!']));
    await waitFor(() => expect(subject().value).toBe('Thanks, {{firstName}}!'));
    await waitFor(() => expect(toast()).toBeNull());
    expect(statusLine().textContent).toBe('Restored “Thank-you note”.');
    expect(document.activeElement).toBe(button(/^Thank-you note/));
  });

  it('adds a template of your own, which needs a name, and deletes it with undo in the toast', async () => {
    await openEditor();
    fireEvent.click(button('New template'));
    const name = screen.getByLabelText('Name') as HTMLInputElement;
    type(name, '');
    expect(screen.getByText('Give the template a name.')).toBeTruthy();
    type(name, 'Quick hello');
    type(subject(), 'Hello {{firstName}}');
    type(body(), 'Hi {{firstName}}, thanks! {{signature}}');
    fireEvent.click(button('Save'));
    await waitFor(async () => expect((await stored()).map((tpl) => [tpl.name, tpl.kind, tpl.builtIn])).toEqual([['Quick hello', 'custom', false]]));
    await screen.findByText('Yours');

    fireEvent.click(button('Delete'));
    await waitFor(async () => expect(await stored()).toEqual([]));
    // In the one undo toast, which takes the focus the deleted template's form had.
    expect(toast()?.querySelector('.toast__message')?.textContent).toBe('Deleted “Quick hello”.');
    await waitFor(() => expect(document.activeElement).toBe(toast()?.querySelector('.toast__message')));
    fireEvent.click(within(toast()!).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await stored()).map((tpl) => tpl.name)).toEqual(['Quick hello']));
    await waitFor(() => expect(document.activeElement).toBe(button(/^Quick hello/)));
    expect(toast()).toBeNull();
    expect(statusLine().textContent).toBe('Restored “Quick hello”.');
    expect(button(/^Quick hello/).getAttribute('aria-current')).toBe('true');
  });

  it('inserts a placeholder where the cursor was, and puts the cursor after it', async () => {
    await openEditor();
    type(subject(), 'Thank you — interview');
    fireEvent.focus(subject());
    subject().setSelectionRange(12, 12);
    fireEvent.click(button('{{role}}'));
    expect(subject().value).toBe('Thank you — {{role}}interview');
    expect(document.activeElement).toBe(subject());
    expect(subject().selectionStart).toBe(20);

    fireEvent.focus(body());
    body().setSelectionRange(0, 2);
    fireEvent.click(button('{{firstName}}'));
    expect(body().value.startsWith('{{firstName}}{{#firstName}} {{firstName}}{{/firstName}},')).toBe(true);
  });

  it('describes each placeholder, and passes axe-core', async () => {
    const { container } = await openEditor();
    const insert = button('{{tidbitLink}}');
    expect(document.getElementById(insert.getAttribute('aria-describedby')!)?.textContent).toBe('The link to the tidbit you share');
    type(body(), '{{nope}}');
    expect(await axeViolations(container)).toEqual([]);
  });
});
