//! The QR codes on the page decode back to their payloads: rendered by poppler, read by rqrr.

mod common;

use common::*;
use hansa_badges::{Layout, render};

fn decode_page(pdf: &std::path::Path, page: usize) -> Vec<String> {
    // 150 dpi is about what a phone camera at arm's length sees of a badge, and coarser
    // than any printer.
    let (width, height, pixels) = raster(pdf, page, 150);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    let mut payloads: Vec<String> =
        image.detect_grids().into_iter().map(|grid| grid.decode().expect("a QR code that decodes").1).collect();
    payloads.sort();
    payloads
}

#[test]
fn an_a6_badges_qr_code_decodes_to_its_payload() {
    let sheet = sample_sheet();
    let path = save("qr-a6.pdf", &render(&sheet, Layout::A6).unwrap());
    for (page, badge) in sheet.badges.iter().enumerate() {
        assert_eq!(decode_page(&path, page + 1), std::slice::from_ref(&badge.qr_payload), "page {}", page + 1);
    }
}

#[test]
fn every_qr_code_of_an_a4_sheet_decodes() {
    let sheet = sample_sheet();
    let path = save("qr-a4.pdf", &render(&sheet, Layout::A4FourUp).unwrap());
    for (page, badges) in sheet.badges.chunks(4).enumerate() {
        let mut expected: Vec<String> = badges.iter().map(|badge| badge.qr_payload.clone()).collect();
        expected.sort();
        assert_eq!(decode_page(&path, page + 1), expected, "page {}", page + 1);
    }
}
