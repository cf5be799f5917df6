// Turns on the NHS.UK frontend's enhancements (header menu, error summary focus, radios).
import { initAll } from '/vendor/nhsuk-frontend/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();
