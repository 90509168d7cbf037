/**
 * An empty <style> element. Web Chat's CSS-in-JS (emotion) adds its rules through the CSSOM, which no policy blocks,
 * to style elements it first inserts empty: allowing exactly the empty text keeps every inline style out.
 */
const EMPTY_STYLE = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** The chat page's Content-Security-Policy: its own scripts and styles only, nothing inline. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${EMPTY_STYLE}`,
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The local chat page: who you are, the language, and Web Chat below. */
export function chatPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign-in helpdesk</title>
<link rel="stylesheet" href="/webchat/chat.css">
</head>
<body>
<header>
<h1>Sign-in helpdesk (local, sample tenant)</h1>
<form id="who">
<label id="who-label" for="person">Who are you?</label>
<select id="person" name="person"></select>
<label id="language-label" for="language">Language</label>
<select id="language" name="language">
<option value="en-US">English</option>
<option value="nl-NL">Nederlands</option>
</select>
<button id="start" type="submit">Start chatting</button>
</form>
</header>
<main id="webchat" aria-label="Chat"></main>
<script src="/webchat/webchat.js"></script>
<script src="/webchat/chat.js"></script>
</body>
</html>
`;
}

/** What the page says where it may not open: with MicrosoftAppId set, a chat user must first sign in with Entra. */
export function signInNeededPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sign-in helpdesk</title></head>
<body>
<main>
<h1>The browser chat is not open here</h1>
<p>This bot runs with a Microsoft App ID, so anyone chatting in a browser must first sign in with Microsoft Entra ID:
otherwise the bot cannot know whose sign-ins they may see. That sign-in is not built yet. Use the bot in Microsoft
Teams, or run it in local mode (no MicrosoftAppId) to try the browser chat on the sample tenant.</p>
</main>
</body>
</html>
`;
}
