// Progressive enhancement only: every page works without this file.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

initAll()

// GOV.UK timeout warning: warn two minutes before the session ends, let the user stay
// signed in, and sign them out (keeping nothing on screen) when time runs out.
const body = document.body
const timeoutSeconds = Number(body.dataset.sessionTimeout || 0)
const dialog = document.getElementById('hearth-timeout-dialog')
if (timeoutSeconds > 0 && dialog && typeof dialog.showModal === 'function') {
  const warnBefore = Math.min(120, timeoutSeconds / 2)
  let warnTimer, endTimer
  const schedule = () => {
    clearTimeout(warnTimer)
    clearTimeout(endTimer)
    warnTimer = setTimeout(() => dialog.showModal(), (timeoutSeconds - warnBefore) * 1000)
    endTimer = setTimeout(() => { window.location.href = '/signed-out?timeout' }, timeoutSeconds * 1000)
  }
  document.getElementById('hearth-stay-signed-in').addEventListener('click', async () => {
    await fetch('/session/keep-alive', { credentials: 'same-origin' })
    dialog.close()
    schedule()
  })
  schedule()
}
