// The blank page's one tiny module: it marks at once, as the popup and the floor mark when their content is rendered.
performance.mark('afterview:interactive');
