import { render } from "preact";
import { App } from "./components/App.js";
import { TaskStore } from "./store.js";
import "./style.css";

const store = new TaskStore();
render(<App store={store} />, document.getElementById("app")!);
void store.start();
