/**
 * Pause's own layer on the page: one element at the end of <html> holding a shadow root, so the
 * page's styles cannot reach our card and underlines and ours cannot reach the page. Nothing of
 * Pause goes inside the page's editors.
 */
let root: ShadowRoot | undefined;

export function layer(): ShadowRoot {
  if (root?.host.isConnected) return root;
  const host = document.createElement('pause-layer');
  host.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646;';
  document.documentElement.append(host);
  root = host.attachShadow({ mode: 'open' });
  return root;
}

/** A <style> in the layer, added once per id. */
export function layerStyle(id: string, css: string): void {
  const shadow = layer();
  if (shadow.getElementById(id)) return;
  const style = document.createElement('style');
  style.id = id;
  style.textContent = css;
  shadow.append(style);
}
