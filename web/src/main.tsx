import { render } from "preact";
import { App } from "./components/App.js";
import { TaskStore } from "./store.js";
import { applyTheme, savedTheme } from "./theme.js";
import "./style.css";

applyTheme(savedTheme());
const store = new TaskStore();
render(<App store={store} />, document.getElementById("app")!);
void store.start();
