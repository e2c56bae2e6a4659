/**
 * Keeps a comparison page's picker (src/components/ComparePicker.astro) in
 * step with the address: the chosen agreements ticked, a district ticked when
 * all its agreements are, and a district box ticking or unticking its
 * agreements. On submit only the ticked agreements go in the address.
 */
import type { SelectableAgreement, Selection } from '../lib/compare/selection.ts';
import { agreementDataOf } from '../lib/contracts.ts';

/** An agreement as a comparison page's element describes it (`AGREEMENT_DATA` in src/lib/contracts.ts). */
export function selectableFrom(el: HTMLElement): SelectableAgreement {
  return agreementDataOf(el.dataset);
}

export function enhancePicker(selection: Selection): void {
  const picker = document.querySelector<HTMLFormElement>('form[data-picker-form]');
  if (!picker) return;
  const boxes = [...picker.querySelectorAll<HTMLInputElement>('input[data-pick-agreement]')];
  const districtBoxes = [...picker.querySelectorAll<HTMLInputElement>('input[data-pick-district]')];
  const municipalityField = picker.querySelector<HTMLInputElement>('input[data-pick-municipality]');
  const syncDistricts = () => {
    for (const d of districtBoxes) {
      const own = boxes.filter((b) => b.dataset.district === d.value);
      d.checked = own.length > 0 && own.every((b) => b.checked);
    }
  };
  const chosen = new Set(selection.slugs);
  for (const box of boxes) box.checked = chosen.has(box.value);
  syncDistricts();
  if (municipalityField) municipalityField.value = '';
  for (const d of districtBoxes) {
    d.addEventListener('change', () => {
      for (const b of boxes) if (b.dataset.district === d.value) b.checked = d.checked;
    });
  }
  for (const b of boxes) b.addEventListener('change', syncDistricts);
  picker.addEventListener('submit', () => {
    // The ticked agreements say it all; a typed municipality adds to them.
    for (const d of districtBoxes) d.disabled = true;
    if (municipalityField && municipalityField.value.trim() === '') municipalityField.disabled = true;
  });
}
