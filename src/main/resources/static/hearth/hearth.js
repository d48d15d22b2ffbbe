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

// Autosave: a form with data-autosave posts what has been typed every 30 seconds (or the
// page's data-autosave-seconds) when it has changed, so a lost connection or a timeout
// loses nothing. Without JavaScript the form's "Save draft" button does the same.
document.querySelectorAll('form[data-autosave]').forEach((form) => {
  const status = form.querySelector('[data-autosave-status]')
  const seconds = Number(document.body.dataset.autosaveSeconds || 30)
  let saved = new URLSearchParams(new FormData(form)).toString()
  setInterval(async () => {
    const now = new URLSearchParams(new FormData(form)).toString()
    if (now === saved) return
    const response = await fetch(form.dataset.autosave, {
      method: 'POST', credentials: 'same-origin', body: new URLSearchParams(new FormData(form)),
      headers: { 'X-Autosave': '1' }, redirect: 'manual'
    })
    if (response.status === 204) {
      saved = now
      if (status) status.textContent = 'Draft saved at ' + new Date().toTimeString().slice(0, 5)
    }
  }, seconds * 1000)
})
