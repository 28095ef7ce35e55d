package vn.bantin.site.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import vn.bantin.platform.SiteAddress;

/** The portal's absolute address for views ({@code #{site.base}}), e.g. for canonical links. */
@Named("site")
@RequestScoped
public class SiteView {

    @Inject
    private HttpServletRequest request;

    public String getBase() {
        return SiteAddress.base(request);
    }
}
