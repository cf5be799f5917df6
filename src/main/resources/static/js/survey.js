// Keeps a staff survey's answers as they are given: each change is sent to the person's own session.
const form = document.querySelector('form[data-survey]');
if (form) {
  const status = form.querySelector('[data-draft-status]');
  form.addEventListener('change', async () => {
    const body = new URLSearchParams(new FormData(form));
    try {
      const response = await fetch(form.dataset.draftUrl, { method: 'POST', body, credentials: 'same-origin' });
      status.textContent = response.ok ? 'Your answers so far are kept.' : '';
    } catch (e) {
      status.textContent = '';
    }
  });
}
