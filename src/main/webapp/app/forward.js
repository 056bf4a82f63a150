// The tool's start page forwards an LTI launch hand-off (#session=…&quiz=…&role=…) to the pages' launch.html,
// keeping it in the fragment: the token never reaches a server, a log or a Referer.
if (/(^#|&)session=/.test(location.hash)) {
  location.replace('app/launch.html' + location.hash);
}
