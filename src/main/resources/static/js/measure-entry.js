// Fast keyboard entry of questionnaire answers during a call: a digit moves to the next question, and the
// total, severity band and caseness are shown as the answers are typed. The server scores again on save.
const form = document.querySelector('.stepline-measure-entry');
if (form) {
  const inputs = [...form.querySelectorAll('input[data-max]')];
  const totalOut = form.querySelector('.stepline-live-total');
  const bandOut = form.querySelector('.stepline-live-band');
  const caseness = form.dataset.caseness ? Number(form.dataset.caseness) : null;
  const bands = (form.dataset.bands || '').split('|').filter(Boolean).map((b) => {
    const [from, to, label] = b.split(':');
    return { from: Number(from), to: Number(to), label };
  });

  const update = () => {
    if (!totalOut) return;
    const values = inputs.map((i) => i.value.trim());
    const numbers = values.filter((v) => /^\d+$/.test(v)).map(Number);
    const answered = values.filter((v) => v !== '').length;
    const total = numbers.reduce((a, b) => a + b, 0);
    totalOut.textContent = answered === 0 ? '–' : String(total);
    const band = bands.find((b) => total >= b.from && total <= b.to);
    const complete = answered === inputs.length;
    let text = band ? ` – ${band.label}` : '';
    if (caseness !== null) text += total >= caseness ? ' – at or above caseness' : ' – below caseness';
    const risky = inputs.some((i) => i.dataset.riskAbove !== undefined && /^\d+$/.test(i.value.trim())
      && Number(i.value.trim()) > Number(i.dataset.riskAbove));
    const risk = risky ? ' – RISK ANSWER: a risk alert will be raised when saved' : '';
    bandOut.textContent = (complete ? text : ` (${answered} of ${inputs.length} answered)`) + risk;
  };

  inputs.forEach((input, index) => {
    input.addEventListener('input', () => {
      const value = input.value.trim();
      const max = Number(input.dataset.max);
      const done = (/^\d$/.test(value) && (max < 10)) || value.toUpperCase() === 'NA';
      if (done && index + 1 < inputs.length) inputs[index + 1].focus();
      update();
    });
  });
  update();
  if (inputs.length) inputs.find((i) => i.value === '')?.focus();
}
