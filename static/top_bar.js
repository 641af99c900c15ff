// Pages whose only live part is the shared top bar (error pages, the digest preview, the
// dashboard, the password page): the language choice, the live state, approvals and notices.
"use strict";

window.Dialoog.start(() => {});
