// Stand-in for office-addin-manifest under jest (mapped in jest.config.js). office-addin-mock 4 imports
// only the OfficeApp enum from it (lib/host.js, lib/officeMockObject.js), but the real package pulls in
// @microsoft/app-manifest → strip-bom@5, an ES-module-only file jest's CommonJS loader rejects
// ("Must use import to load ES Module"). Values copied from office-addin-manifest 3.0.0 lib/officeApp.js.
'use strict';

const OfficeApp = Object.freeze({
  Excel: 'excel',
  OneNote: 'onenote',
  Outlook: 'outlook',
  PowerPoint: 'powerpoint',
  Project: 'project',
  Word: 'word',
});

module.exports = { OfficeApp };
