/**
 * Drag and drop of segments between positions and parts (HTML5 DnD). The
 * keyboard path (Move up / Move down, Alt+arrows) does the same commands.
 */
import type { DragEvent } from 'react';
import { useSession } from '../store';

const MIME = 'application/x-moderator-segment';

export function useSegmentDrag() {
  const dispatch = useSession((s) => s.dispatch);
  const drop = (e: DragEvent, toPartId: string, toIndex: number) => {
    const segmentId = e.dataTransfer.getData(MIME);
    if (!segmentId) return;
    e.preventDefault();
    e.stopPropagation();
    void dispatch({ type: 'segment.move', segmentId, toPartId, toIndex });
  };
  const allow = (e: DragEvent) => {
    if (e.dataTransfer.types.includes(MIME)) e.preventDefault();
  };
  return {
    handleProps: (segmentId: string) => ({
      draggable: true,
      onDragStart: (e: DragEvent) => {
        e.dataTransfer.setData(MIME, segmentId);
        e.dataTransfer.effectAllowed = 'move';
      },
    }),
    segmentDropProps: (partId: string, index: number) => ({
      onDragOver: allow,
      onDrop: (e: DragEvent) => drop(e, partId, index),
    }),
    partDropProps: (partId: string, length: number) => ({
      onDragOver: allow,
      onDrop: (e: DragEvent) => drop(e, partId, length),
    }),
  };
}
