// The ribbon's function file. The only ribbon control (Home > Self-assessment) is a ShowTaskpane
// action that Office handles itself; the file must still load and call Office.onReady, or Office
// reports the add-in as failing to start.
Office.onReady(() => undefined);
