// The set-up page's part of passkey registration (docs/editorial.md, "Accounts").
// django-otp-webauthn's script registers the passkey and fires this event; the page then
// continues on the server, which gives a first factor its recovery codes and lists the new
// passkey. A static file: the admin's Content-Security-Policy allows scripts from 'self'.
document.addEventListener("otp_webauthn.register_complete", () => {
  document.getElementById("sitrep-passkey-added").submit();
});
