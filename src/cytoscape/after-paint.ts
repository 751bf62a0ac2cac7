// Runs a task after the browser has painted the next frame. Cytoscape redraws in its own
// animation-frame callback: a class changed before a frame is drawn in that frame, so the frame
// that would show a keystroke waits for a redraw of every element. Changed after the frame, the
// keystroke is on screen first and the graph follows one frame later.
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  if (typeof requestAnimationFrame === 'function') {
    // A timeout set inside an animation-frame callback fires once that frame is painted.
    frame = requestAnimationFrame(() => {
      frame = undefined;
      timer = setTimeout(task, 0);
    });
  } else timer = setTimeout(task, 0);
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
