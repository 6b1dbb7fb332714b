// The venue page's photo gallery: what everyone sees, what only the venue's managers may do,
// and that a file the server would refuse never leaves the browser.
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus, { ElMessageBox } from 'element-plus';
import { i18n } from '@/i18n';
import { ApiError, request } from '@/api/client';
import { calls, chooseFile, resetCalls, typeInto } from '../../admin/test_support';
import type { VenuePhoto, VenuePhotoList } from './venue_api';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import VenuePhotos from './VenuePhotos.vue';

function photo(id: number, caption: string): VenuePhoto {
  return {
    id,
    caption,
    content_type: 'image/png',
    size_bytes: 2048,
    sha256: `sha-${id}`,
    uploaded_at: '2026-12-01T09:00:00+08:00',
    url: `/api/v1/venues/7/photos/${id}`,
  };
}

const TWO = [photo(3, '多功能厅全景'), photo(4, '')];
const TWELVE = Array.from({ length: 12 }, (_, i) => photo(i + 1, `照片${i + 1}`));

function answer(items: VenuePhoto[], mayManage: boolean) {
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'venues/7/photos') return { items, may_manage: mayManage } satisfies VenuePhotoList;
    throw new Error(path);
  });
}

function mountGallery() {
  return mount(VenuePhotos, { props: { venueId: 7 }, attachTo: document.body, global: { plugins: [i18n, ElementPlus] } });
}

type Gallery = ReturnType<typeof mountGallery>;

function captions(gallery: Gallery): string[] {
  return gallery.findAll('[data-test="venue-photo-caption"]').map((c) => c.text());
}

function choose(gallery: Gallery, file: File) {
  chooseFile(gallery.get('[data-test="venue-photo-file"]').element as HTMLInputElement, file);
}

const png = (name = 'hall.png') => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], name, { type: 'image/png' });

beforeEach(() => {
  resetCalls();
  vi.mocked(request).mockClear();
  i18n.global.locale.value = 'zh';
});

describe('VenuePhotos', () => {
  it('shows the photos cover first with their captions, and opens one larger', async () => {
    answer(TWO, false);
    const gallery = mountGallery();
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('venues/7/photos');
    expect(gallery.text()).toContain('场地照片');
    const images = gallery.findAll('[data-test="venue-photo"] img');
    expect(images.map((i) => i.attributes('src'))).toEqual(['/api/v1/venues/7/photos/3', '/api/v1/venues/7/photos/4']);
    expect(images.map((i) => i.attributes('alt'))).toEqual(['多功能厅全景', '照片 2']);
    expect(captions(gallery)).toEqual(['多功能厅全景', '']);
    const [cover, second] = gallery.findAll('[data-test="venue-photo"]');
    expect(cover.classes()).toContain('is-cover');
    expect(cover.text()).toContain('封面');
    expect(second.text()).not.toContain('封面');

    await second.get('button').trigger('click');
    await flushPromises();
    expect(document.body.querySelector('.el-image-viewer__wrapper')).not.toBeNull();
    gallery.unmount();
  });

  it('offers neither upload nor removal to those who do not manage the venue', async () => {
    answer(TWO, false);
    const gallery = mountGallery();
    await flushPromises();
    expect(gallery.find('[data-test="venue-photo-file"]').exists()).toBe(false);
    expect(gallery.find('[data-test="venue-photo-add"]').exists()).toBe(false);
    expect(gallery.find('[data-test="venue-photo-remove"]').exists()).toBe(false);
    expect(gallery.find('[data-test="venue-photos-count"]').exists()).toBe(false);
    gallery.unmount();
  });

  it('shows nothing at all to them when the venue has no photos', async () => {
    answer([], false);
    const gallery = mountGallery();
    await flushPromises();
    expect(gallery.find('[data-test="venue-photos"]').exists()).toBe(false);
    gallery.unmount();
  });

  it('invites a manager to add the first photos', async () => {
    answer([], true);
    const gallery = mountGallery();
    await flushPromises();
    expect(gallery.get('[data-test="venue-photos-empty"]').text()).toContain('第一张作为封面');
    expect(gallery.get('[data-test="venue-photos-count"]').text()).toBe('0 / 12 张');
    expect(gallery.get('[data-test="venue-photo-add"]').text()).toBe('添加照片');
    const input = gallery.get('[data-test="venue-photo-file"]');
    expect(input.attributes('accept')).toBe('image/jpeg,image/png,image/webp');
    gallery.unmount();
  });

  it('refuses a file of another type or over 10 MB without sending it', async () => {
    answer([], true);
    const gallery = mountGallery();
    await flushPromises();
    choose(gallery, new File(['%PDF-1.7'], 'plan.pdf', { type: 'application/pdf' }));
    await flushPromises();
    expect(gallery.get('[data-test="venue-photo-problem"]').text()).toContain('“plan.pdf”不是 JPG、PNG 或 WebP 图片');

    const big = png('big.png');
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 });
    choose(gallery, big);
    await flushPromises();
    expect(gallery.get('[data-test="venue-photo-problem"]').text()).toContain('“big.png”有 10.0 MB，超过 10 MB');
    expect(calls.post).not.toHaveBeenCalled();
    expect(request).not.toHaveBeenCalledWith('POST', expect.anything(), expect.anything());
    gallery.unmount();
  });

  it('sends the image as the body with its type, the caption as a parameter, and shows it', async () => {
    answer([TWO[0]], true);
    calls.post.mockResolvedValue(photo(5, '乒乓球台'));
    const gallery = mountGallery();
    await flushPromises();
    typeInto('[data-test="venue-photo-caption-input"]', '乒乓球台');
    await flushPromises();
    const file = png();
    choose(gallery, file);
    await flushPromises();
    expect(request).toHaveBeenCalledWith('POST', '/api/v1/venues/7/photos', {
      query: { caption: '乒乓球台' },
      body: file,
      contentType: 'image/png',
    });
    expect(calls.post).toHaveBeenCalledWith('venues/7/photos', file, 'image/png');
    expect(captions(gallery)).toEqual(['多功能厅全景', '乒乓球台']);
    expect(gallery.get('[data-test="venue-photos-count"]').text()).toBe('2 / 12 张');
    expect(gallery.find('[data-test="venue-photo-problem"]').exists()).toBe(false);
    expect((gallery.get('input[data-test="venue-photo-caption-input"]').element as HTMLInputElement).value).toBe('');

    // Without a caption the parameter is left out.
    calls.post.mockResolvedValue(photo(6, ''));
    choose(gallery, png('court.png'));
    await flushPromises();
    expect(request).toHaveBeenLastCalledWith('POST', '/api/v1/venues/7/photos', {
      query: undefined,
      body: expect.any(File),
      contentType: 'image/png',
    });
    gallery.unmount();
  });

  it('removes a photo only after confirmation and shows the photos left', async () => {
    answer(TWO, true);
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel').mockResolvedValueOnce('confirm' as never);
    calls.post.mockResolvedValue({ items: [TWO[1]], may_manage: true });
    const gallery = mountGallery();
    await flushPromises();
    await gallery.findAll('[data-test="venue-photo-remove"]')[0].trigger('click');
    await flushPromises();
    expect(String(confirm.mock.calls[0][0])).toContain('删除“多功能厅全景”');
    expect(calls.post).not.toHaveBeenCalled();

    await gallery.findAll('[data-test="venue-photo-remove"]')[0].trigger('click');
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('venues/7/photos/3/remove');
    expect(gallery.findAll('[data-test="venue-photo"] img').map((i) => i.attributes('src'))).toEqual(['/api/v1/venues/7/photos/4']);
    // The photo left is the cover now.
    expect(gallery.get('[data-test="venue-photo"]').classes()).toContain('is-cover');
    confirm.mockRestore();
    gallery.unmount();
  });

  it("says so when the venue is full, at once or by the server's 422", async () => {
    answer(TWELVE.slice(0, 11), true);
    calls.post.mockRejectedValue(new ApiError(422, 'failed_precondition', '每个场地最多 12 张照片 a venue holds at most 12 photos', 'body'));
    const gallery = mountGallery();
    await flushPromises();
    expect(gallery.find('[data-test="venue-photos-full"]').exists()).toBe(false);
    // Another manager filled the last place meanwhile.
    answer(TWELVE, true);
    choose(gallery, png());
    await flushPromises();
    expect(gallery.get('[data-test="venue-photo-problem"]').text()).toContain('每个场地最多 12 张照片');
    expect(gallery.findAll('[data-test="venue-photo"]')).toHaveLength(12);
    expect(gallery.get('[data-test="venue-photos-full"]').text()).toContain('已有 12 张照片，达到上限');
    expect(gallery.find('[data-test="venue-photo-file"]').exists()).toBe(false);
    expect(gallery.find('[data-test="venue-photo-add"]').exists()).toBe(false);
    gallery.unmount();
  });

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en';
    answer([TWO[0]], true);
    const gallery = mountGallery();
    await flushPromises();
    expect(gallery.text()).toContain('Photos');
    expect(gallery.text()).toContain('Cover');
    expect(gallery.get('[data-test="venue-photos-count"]').text()).toBe('1 of 12');
    expect(gallery.get('[data-test="venue-photo-add"]').text()).toBe('Add a photo');
    expect(gallery.get('[data-test="venue-photo-remove"]').text()).toContain('Remove');
    gallery.unmount();
  });
});
