/**
 * What the pane's tests need of a browser that jsdom does not have: ResizeObserver (Fluent's MessageBar watches its
 * width) and File.arrayBuffer() (the browser page reads the chosen file with it). Imported by the jsdom tests.
 */
if (!("ResizeObserver" in window)) {
  Object.assign(window, {
    ResizeObserver: class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  });
}

if (!("arrayBuffer" in File.prototype)) {
  Object.defineProperty(File.prototype, "arrayBuffer", {
    value(this: File): Promise<ArrayBuffer> {
      return new Promise((ok) => {
        const r = new FileReader();
        r.onload = () => ok(r.result as ArrayBuffer);
        r.readAsArrayBuffer(this);
      });
    },
  });
}

export {};
