// Telephone session timers: time since the last call (or since the call started), and a countdown to when the next
// call counts towards recording did not attend. The page states the times without JavaScript; this adds the clock.
// The server decides what may be recorded; the clock only helps the practitioner pace the calls.
const timer = document.querySelector('[data-now]');
const skew = timer ? Date.parse(timer.dataset.now) - Date.now() : 0; // trust the server's clock, not the browser's

function serverNow() {
  return Date.now() + skew;
}

function minutesAndSeconds(milliseconds) {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return minutes > 0 ? `${minutes} min ${seconds} s` : `${total % 60} s`;
}

function tick() {
  for (const element of document.querySelectorAll('[data-elapsed-since]')) {
    const elapsed = minutesAndSeconds(serverNow() - Date.parse(element.dataset.elapsedSince));
    element.textContent = element.dataset.elapsedLabel ? ` (${element.dataset.elapsedLabel} ${elapsed})` : ` (${elapsed} ago)`;
  }
  for (const element of document.querySelectorAll('[data-countdown-to]')) {
    const left = Date.parse(element.dataset.countdownTo) - serverNow();
    element.textContent = left > 0 ? ` (in ${minutesAndSeconds(left)})` : ' (now)';
  }
}

tick();
setInterval(tick, 1000);
