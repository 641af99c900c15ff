// What every part of the inbox page shares: who is signed in, the office's topics, the live
// connection, and which conversation or campaign is open. Modules read and set these fields on
// the one `state` object (an imported binding cannot be reassigned). Also the `$` lookup and
// `act`, a POST whose failure the user is told about.

const { t, call } = window.Dialoog; // common.js, loaded before the modules

export const $ = (id) => document.getElementById(id);

export const state = {
  me: null, // GET /api/me: the user, their role, office and colleagues
  topics: [], // the office's topics, {code, name}
  socket: null, // the Socket.IO connection common.js opened
  openId: null, // the conversation shown, or null
  openDetail: null, // its GET /api/conversations/<id> answer
  openCampaignId: null, // the campaign shown, or null
  seenUntil: null, // when the open conversation was last read (the 409 check of a reply)
};

export async function act(url, body) {
  try {
    await call("POST", url, body);
  } catch (failure) {
    alert(t("common.error", { error: failure.message }));
  }
}
