// Recording a contact: the telephone section is shown only while the chosen mode is telephone (code 02), and more
// call attempt rows can be added. Without JavaScript the server draws the section open when telephone is chosen.
const TELEPHONE = '02';

for (const form of document.querySelectorAll('form[data-telephone-form]')) {
  const section = form.querySelector('[data-telephone-section]');
  const modeFields = [...form.querySelectorAll('[name="mode"]')];
  const chosenMode = () => {
    const field = modeFields.find((f) => f.type !== 'radio' || f.checked);
    return field ? field.value : '';
  };
  const showOrHide = () => {
    section.hidden = chosenMode() !== TELEPHONE;
  };
  modeFields.forEach((field) => field.addEventListener('change', showOrHide));
  showOrHide();
  allowAnotherAttempt(section);
}

function allowAnotherAttempt(section) {
  const button = section.querySelector('[data-add-call-attempt]');
  if (!button) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', () => {
    const rows = section.querySelectorAll('[data-call-attempt]');
    const last = rows[rows.length - 1];
    const row = blankCopy(last, rows.length);
    last.after(row);
    row.querySelector('input').focus();
  });
}

// A copy of a call attempt row, renumbered (names attempts[n].time and attempts[n].outcome), empty and without errors.
function blankCopy(row, index) {
  const copy = row.cloneNode(true);
  copy.querySelectorAll('.nhsuk-error-message').forEach((message) => message.remove());
  copy.querySelectorAll('.nhsuk-form-group--error').forEach((group) => group.classList.remove('nhsuk-form-group--error'));
  copy.querySelectorAll('.nhsuk-input--error, .nhsuk-select--error')
    .forEach((field) => field.classList.remove('nhsuk-input--error', 'nhsuk-select--error'));
  for (const element of copy.querySelectorAll('[id], [name], [for], [aria-describedby]')) {
    for (const attribute of ['id', 'name', 'for', 'aria-describedby']) {
      const value = element.getAttribute(attribute);
      if (value) {
        const renumbered = value.replace(/attempts\[\d+\]/g, `attempts[${index}]`);
        const kept = attribute === 'aria-describedby'
          ? renumbered.split(' ').filter((id) => !id.endsWith('-error')).join(' ') : renumbered;
        element.setAttribute(attribute, kept);
      }
    }
  }
  copy.querySelectorAll('label').forEach((label) => {
    label.textContent = label.textContent.replace(/attempt \d+/, `attempt ${index + 1}`);
  });
  copy.querySelectorAll('input').forEach((input) => { input.value = ''; });
  copy.querySelectorAll('select').forEach((select) => { select.selectedIndex = 0; });
  return copy;
}
