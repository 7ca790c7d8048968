/**
 * Reading built pages in tests as a browser's parser builds them (parse5's tree): the elements
 * under a node, an attribute, an element's text. Shared by the build tests and the browser tests.
 */
import type { DefaultTreeAdapterTypes as Tree } from 'parse5';

/** Every element under a node, `<template>` contents too. */
export function elementsOf(node: Tree.ParentNode): Tree.Element[] {
  const children = [
    ...node.childNodes,
    ...('content' in node && node.content ? node.content.childNodes : []),
  ];
  return children.flatMap((child) => ('tagName' in child ? [child, ...elementsOf(child)] : []));
}

/** An element's attribute, or undefined. */
export function attribute(element: Tree.Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The text under a node. */
export function textOf(node: Tree.ParentNode): string {
  return node.childNodes
    .map((child) =>
      child.nodeName === '#text'
        ? (child as Tree.TextNode).value
        : 'childNodes' in child
          ? textOf(child)
          : '',
    )
    .join('');
}
