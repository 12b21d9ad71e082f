// Progressive enhancement for the calendar links: shows the "Copy" buttons (hidden without
// JavaScript, where the address field stays selectable) and copies the feed address on click.
for (const button of document.querySelectorAll('button[data-copy-target]')) {
  const field = document.getElementById(button.dataset.copyTarget);
  const status = document.getElementById(button.dataset.copyStatus);
  if (!field || !status) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = 'Address copied.';
    } catch {
      field.focus();
      field.select();
      status.textContent = 'Copying is not allowed here: the address is selected, copy it with your keyboard.';
    }
  });
}
