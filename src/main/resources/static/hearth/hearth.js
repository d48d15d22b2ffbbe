// Progressive enhancement only: every page works without this file.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

initAll()

// GOV.UK timeout warning: warn two minutes before the session ends, let the user stay
// signed in, and sign them out on the server (keeping nothing on screen) when time runs out.
// Anything else that reaches the server (an autosave) starts the count again, so the
// warning never comes early. The body's data-session-ends-at says when the session ends.
const body = document.body
const timeoutSeconds = Number(body.dataset.sessionTimeout || 0)
const dialog = document.getElementById('hearth-timeout-dialog')
if (timeoutSeconds > 0 && dialog && typeof dialog.showModal === 'function') {
  const warnBefore = Math.min(120, timeoutSeconds / 2)
  const signOut = document.getElementById('hearth-sign-out')
  let warnTimer, endTimer
  const schedule = () => {
    clearTimeout(warnTimer)
    clearTimeout(endTimer)
    body.dataset.sessionEndsAt = String(Date.now() + timeoutSeconds * 1000)
    warnTimer = setTimeout(() => dialog.showModal(), (timeoutSeconds - warnBefore) * 1000)
    endTimer = setTimeout(() => {
      // The sign-out form carries the CSRF token; "timeout" picks the page that says why.
      const why = document.createElement('input')
      Object.assign(why, { type: 'hidden', name: 'timeout', value: '1' })
      signOut.append(why)
      signOut.submit()
    }, timeoutSeconds * 1000)
  }
  document.getElementById('hearth-stay-signed-in').addEventListener('click', async () => {
    await fetch('/session/keep-alive', { credentials: 'same-origin' })
    dialog.close()
    schedule()
  })
  document.addEventListener('hearth:session-touched', schedule)
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
      document.dispatchEvent(new CustomEvent('hearth:session-touched'))
      if (status) status.textContent = 'Draft saved at ' + new Date().toTimeString().slice(0, 5)
    }
  }, seconds * 1000)
})
