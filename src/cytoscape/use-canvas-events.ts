import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { GraphCanvasProps } from './graph-canvas';

type Handlers = Pick<GraphCanvasProps, 'onSelect' | 'onOpen'>;

/**
 * Binds the canvas' listeners once per instance, symmetric on/off. The latest callbacks are
 * read through a ref so that a parent re-render never rebinds them.
 */
export function useCanvasEvents(
  cy: Core | null,
  handlers: Handlers,
  showTitle: (text: string, x: number, y: number) => void,
  hideTitle: () => void,
): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!cy) return;
    const nodeOf = (event: EventObject) => event.target as NodeSingular;
    const onTapNode = (event: EventObject) => {
      latest.current.onSelect(nodeOf(event).id());
    };
    const onTapBackground = (event: EventObject) => {
      if (event.target === cy) latest.current.onSelect(null);
    };
    const onDoubleTap = (event: EventObject) => {
      const node = nodeOf(event);
      if (node.data('relation') !== 'centre') latest.current.onOpen(node.id());
    };
    const onOver = (event: EventObject) => {
      const node = nodeOf(event);
      const { x, y } = node.renderedPosition();
      showTitle(String(node.data('title')), x, y);
    };
    cy.on('tap', 'node', onTapNode);
    cy.on('tap', onTapBackground);
    cy.on('dbltap', 'node', onDoubleTap);
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', 'node', hideTitle);
    cy.on('viewport', hideTitle);
    return () => {
      cy.off('tap', 'node', onTapNode);
      cy.off('tap', onTapBackground);
      cy.off('dbltap', 'node', onDoubleTap);
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', hideTitle);
      cy.off('viewport', hideTitle);
    };
  }, [cy, showTitle, hideTitle]);
}
