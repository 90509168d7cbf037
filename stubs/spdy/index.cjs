'use strict';
/* global module */
// restify 11 loads spdy when it starts (lib/server.js: `var spdy = require('spdy')`) but uses it only for
// createServer({ spdy: … }), which this bot never calls. spdy 4.0.2, the last release, loads http-deceiver 1.2.7, whose
// process.binding('http_parser') prints two DEP0111 warnings on every start (restify#1876, http-deceiver#6) and fails
// outright on Node 24 and later (http-deceiver#10). restify 12 no longer loads spdy but needs Node 22.
//
// So package.json depends on this folder as "spdy" and its "overrides" ("spdy": "$spdy") give restify the same.
// (A "file:" path written in "overrides" itself ends up wrong in package-lock.json, and npm ci refuses it.)
// Remove both, and this folder, when moving to restify 12.
module.exports.createServer = function createServer() {
  throw new Error('spdy is not installed (stubs/spdy): this bot serves HTTP/1.1 only.');
};
