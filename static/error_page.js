// An error page behind the login: only the top bar is live (language choice, live state).
"use strict";

window.Dialoog.start(() => {});
