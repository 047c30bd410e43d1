// office-addin-mock imports office-addin-manifest, whose ESM-only dependencies jest cannot load.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    Word: "word",
    PowerPoint: "powerpoint",
    Outlook: "outlook",
    OneNote: "onenote",
    Project: "project",
  },
};
